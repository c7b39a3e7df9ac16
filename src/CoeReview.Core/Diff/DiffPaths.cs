using System.Text;

namespace CoeReview.Core.Diff;

/// <summary>Reads the file names of a diff's headers: a/ and b/ prefixes, /dev/null, git's C-style quoting.</summary>
internal static class DiffPaths
{
    /// <summary>The path of a '---' or '+++' line; null for /dev/null.</summary>
    public static string? FromMarker(string rest)
    {
        var tab = rest.IndexOf('\t', StringComparison.Ordinal);
        if (tab >= 0 && !rest.StartsWith('"'))
        {
            rest = rest[..tab];
        }

        var path = Unquote(rest.TrimEnd());
        return path == "/dev/null" ? null : StripPrefix(path);
    }

    /// <summary>Old and new path from the text after "diff --git ".</summary>
    public static (string? Old, string? New) FromGitHeader(string rest)
    {
        if (rest.StartsWith('"'))
        {
            var (first, next) = ReadQuoted(rest, 0);
            var second = rest[next..].TrimStart();
            return (StripPrefix(first), StripPrefix(Unquote(second)));
        }

        // Unquoted names may hold spaces: a/X b/X with both halves equal is the common case.
        var half = rest.IndexOf(" b/", StringComparison.Ordinal);
        if (rest.StartsWith("a/", StringComparison.Ordinal) && half > 0)
        {
            return (rest[2..half], Unquote(rest[(half + 1)..]) is var b ? StripPrefix(b) : null);
        }

        var parts = rest.Split(' ', 2);
        return parts.Length == 2 ? (StripPrefix(parts[0]), StripPrefix(Unquote(parts[1]))) : (null, null);
    }

    public static string Unquote(string s)
    {
        return s.StartsWith('"') ? ReadQuoted(s, 0).Value : s;
    }

    private static string StripPrefix(string path)
    {
        return path.Length > 2 && (path.StartsWith("a/", StringComparison.Ordinal) || path.StartsWith("b/", StringComparison.Ordinal)) ? path[2..] : path;
    }

    private static (string Value, int Next) ReadQuoted(string s, int start)
    {
        var bytes = new List<byte>();
        var i = start + 1;
        while (i < s.Length && s[i] != '"')
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                var c = s[i + 1];
                if (c is >= '0' and <= '7' && i + 3 < s.Length)
                {
                    bytes.Add(Convert.ToByte(s.Substring(i + 1, 3), 8));
                    i += 4;
                    continue;
                }

                bytes.Add((byte)(c switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'a' => '\a', 'b' => '\b', 'f' => '\f', 'v' => '\v', _ => c }));
                i += 2;
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
            i++;
        }

        return (Encoding.UTF8.GetString(bytes.ToArray()), Math.Min(i + 1, s.Length));
    }
}
