using CoeReview.Core;

namespace CoeReview.Cli.Tests;

public sealed class CommandGuardTests
{
    [Fact]
    public async Task Any_projects_bad_input_exception_is_one_line_on_stderr_and_exit_2()
    {
        // Given a command that fails with a bad-input type the CLI has never heard of
        using var error = new StringWriter();
        var context = new CliContext(TextWriter.Null, error, _ => null, TextReader.Null);

        // When the guard runs it
        var exit = await CommandGuard.RunAsync(context, _ => throw new ElsewhereInputException("scenario.yml:3: experts: expected a whole number\n(see docs)"), CancellationToken.None);

        // Then it is bad input, shown as one line with no type name
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal("coe-review: scenario.yml:3: experts: expected a whole number (see docs)", error.ToString().Trim());
    }

    [Fact]
    public async Task An_unexpected_exception_is_an_infrastructure_failure_named_by_its_type()
    {
        // Given a command that fails with something that is not bad input
        using var error = new StringWriter();
        var context = new CliContext(TextWriter.Null, error, _ => null, TextReader.Null);

        // When the guard runs it
        var exit = await CommandGuard.RunAsync(context, _ => throw new InvalidOperationException("boom"), CancellationToken.None);

        // Then it is exit 3 with the type named
        Assert.Equal(ExitCodes.InfrastructureFailure, exit);
        Assert.Equal("coe-review: failed: boom (InvalidOperationException)", error.ToString().Trim());
    }

    [Fact]
    public async Task An_assembly_the_runtime_cannot_load_is_an_infrastructure_failure_but_a_missing_file_is_bad_input()
    {
        // Given a command that needs an assembly that is not installed, and one that reads a missing file
        using var error = new StringWriter();
        var context = new CliContext(TextWriter.Null, error, _ => null, TextReader.Null);
        var missingFile = Path.Combine(Path.GetTempPath(), $"coe-missing-{Guid.NewGuid():N}.yml");

        // When the guard runs them
        var assembly = await CommandGuard.RunAsync(context, _ => Task.FromResult(System.Reflection.Assembly.Load("CoeReview.NotInstalled, Version=1.2.3.0").GetTypes().Length), CancellationToken.None);
        var file = await CommandGuard.RunAsync(context, async ct => (await File.ReadAllTextAsync(missingFile, ct)).Length, CancellationToken.None);

        // Then the broken install is exit 3 and the user's missing file exit 2
        Assert.Equal(ExitCodes.InfrastructureFailure, assembly);
        Assert.Equal(ExitCodes.InvalidInput, file);
        Assert.Contains("(FileNotFoundException)", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class ElsewhereInputException(string message) : BadInputException(message);
}
