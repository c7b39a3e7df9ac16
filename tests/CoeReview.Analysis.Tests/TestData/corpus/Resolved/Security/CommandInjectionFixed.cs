using System.Diagnostics;

namespace Corpus.Security;

public sealed class CommandInjectionFixed
{
    private static readonly HashSet<string> s_hosts = ["db", "cache"];

    public void Ping(string host)
    {
        if (!s_hosts.Contains(host))
        {
            throw new ArgumentException("unknown host", nameof(host));
        }

        Process.Start("ping", "-c 1 " + host);
    }

    public Process? Convert(string file)
    {
        var psi = new ProcessStartInfo("convert");
        psi.ArgumentList.Add(file);
        psi.ArgumentList.Add("out.png");
        return Process.Start(psi);
    }

    public void Status() => Process.Start("git", "status --short");

    public void Open(string path) => Process.Start(new ProcessStartInfo(path) { UseShellExecute = false });
}
