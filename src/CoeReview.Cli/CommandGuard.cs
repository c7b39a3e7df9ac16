using CoeReview.Core;

namespace CoeReview.Cli;

/// <summary>
/// Runs a command's body and turns failures into the contract's exit codes: bad input is one line
/// on stderr and exit 2, cancellation 130, anything unexpected one line and exit 3 — never a stack trace.
/// </summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(CliContext context, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("coe-review: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (IsInputError(e))
        {
            await context.Error.WriteLineAsync("coe-review: " + OneLine(e.Message)).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
#pragma warning disable CA1031 // The last line of defence: the user gets one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"coe-review: failed: {OneLine(e.Message)} ({e.GetType().Name})").ConfigureAwait(false);
            if (context.Environment("COE_REVIEW_DEBUG") is "1" or "true")
            {
                await context.Error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.InfrastructureFailure;
        }
    }

    /// <summary>
    /// Exceptions that mean the user's input is wrong: every project's <see cref="BadInputException"/>,
    /// and the runtime's own for a path the user gave that cannot be read. An assembly the tool cannot
    /// load is also a FileNotFoundException, but it is a broken install, not the user's input.
    /// </summary>
    public static bool IsInputError(Exception e) =>
        e is BadInputException or DirectoryNotFoundException or UnauthorizedAccessException
        || (e is FileNotFoundException missing && !IsAssembly(missing.FileName));

    // The loader names the assembly by its display name ("Name, Version=…"); a user's path has no such part.
    private static bool IsAssembly(string? name) => name is not null && name.Contains(", Version=", StringComparison.Ordinal);

    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
