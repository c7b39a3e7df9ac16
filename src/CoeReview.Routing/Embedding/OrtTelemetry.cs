using System.Runtime.InteropServices;

namespace CoeReview.Routing.Embedding;

/// <summary>
/// Keeps ONNX Runtime from recording usage. Since 1.29 it does so on Linux and macOS too: a device id
/// and an offline event store under <c>$XDG_CACHE_HOME/Microsoft/DeveloperTools/.onnxruntime</c>,
/// uploaded to Microsoft. A reviewer that runs offline and keeps the code it reads to itself must
/// not. <c>ORT_DISABLE_TELEMETRY=1</c>, set before the runtime starts, turns all of it off; the runtime
/// reads it from the native environment, which <see cref="Environment.SetEnvironmentVariable(string, string)"/>
/// does not change on Unix, so it is set through libc. A value the user set is left as it is.
/// </summary>
public static partial class OrtTelemetry
{
    private const string Variable = "ORT_DISABLE_TELEMETRY";
    private static readonly Lock s_gate = new();
    private static bool s_done;

    /// <summary>Sets the opt-out unless the user chose; call before ONNX Runtime is first used (idempotent).</summary>
    public static void OptOut()
    {
        lock (s_gate)
        {
            if (s_done)
            {
                return;
            }

            s_done = true;
            if (Environment.GetEnvironmentVariable(Variable) is not null)
            {
                return;
            }

            // Windows' managed setter changes the process environment itself; elsewhere libc holds it.
            Environment.SetEnvironmentVariable(Variable, "1");
            if (!OperatingSystem.IsWindows())
            {
                _ = SetEnv(Variable, "1", 0);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
