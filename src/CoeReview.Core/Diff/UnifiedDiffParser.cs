using System.Text.RegularExpressions;

namespace CoeReview.Core.Diff;

/// <summary>
/// Parses git's unified diff format (and plain <c>diff -u</c>): renames, copies, mode changes,
/// binary markers, "\ No newline at end of file", CRLF content, added and deleted files.
/// </summary>
public static partial class UnifiedDiffParser
{
    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$")]
    private static partial Regex HunkHeader();

    public static IReadOnlyList<DiffFile> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text);
        var files = new List<DiffFile>();
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i].StartsWith("diff --git ", StringComparison.Ordinal) || lines[i].StartsWith("--- ", StringComparison.Ordinal) && i + 1 < lines.Length && lines[i + 1].StartsWith("+++ ", StringComparison.Ordinal))
            {
                files.Add(ParseFile(lines, ref i));
            }
            else if (lines[i].StartsWith("@@", StringComparison.Ordinal))
            {
                throw new DiffFormatException($"malformed diff: hunk at line {i + 1} has no file header");
            }
            else
            {
                i++;
            }
        }

        return files;
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        for (var k = 0; k < lines.Length; k++)
        {
            if (lines[k].EndsWith('\r'))
            {
                lines[k] = lines[k][..^1];
            }
        }

        return lines;
    }

    private static DiffFile ParseFile(string[] lines, ref int i)
    {
        var header = new FileHeader();
        if (lines[i].StartsWith("diff --git ", StringComparison.Ordinal))
        {
            (header.OldPath, header.NewPath) = DiffPaths.FromGitHeader(lines[i][11..]);
            i++;
            ReadExtendedHeaders(lines, ref i, header);
        }

        if (i < lines.Length && lines[i].StartsWith("--- ", StringComparison.Ordinal))
        {
            var oldPath = DiffPaths.FromMarker(lines[i][4..]);
            i++;
            if (i >= lines.Length || !lines[i].StartsWith("+++ ", StringComparison.Ordinal))
            {
                throw new DiffFormatException($"malformed diff: line {i + 1} should start with '+++'");
            }

            var newPath = DiffPaths.FromMarker(lines[i][4..]);
            i++;
            if (oldPath is null)
            {
                header.Kind = FileChangeKind.Added;
            }

            if (newPath is null)
            {
                header.Kind = FileChangeKind.Deleted;
            }

            header.OldPath = oldPath ?? header.OldPath;
            header.NewPath = newPath ?? header.NewPath;
        }

        var hunks = new List<DiffHunk>();
        while (i < lines.Length && lines[i].StartsWith("@@", StringComparison.Ordinal))
        {
            hunks.Add(ParseHunk(lines, ref i));
        }

        var path = header.Kind == FileChangeKind.Deleted ? header.OldPath ?? header.NewPath : header.NewPath ?? header.OldPath;
        if (string.IsNullOrEmpty(path))
        {
            throw new DiffFormatException($"malformed diff: no file name near line {i}");
        }

        var oldName = header.Kind is FileChangeKind.Renamed or FileChangeKind.Copied ? header.OldPath : null;
        return new DiffFile(path, oldName, header.Kind, header.Binary, hunks);
    }

    private static void ReadExtendedHeaders(string[] lines, ref int i, FileHeader header)
    {
        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.StartsWith("new file mode", StringComparison.Ordinal))
            {
                header.Kind = FileChangeKind.Added;
            }
            else if (line.StartsWith("deleted file mode", StringComparison.Ordinal))
            {
                header.Kind = FileChangeKind.Deleted;
            }
            else if (line.StartsWith("rename from ", StringComparison.Ordinal))
            {
                header.Kind = FileChangeKind.Renamed;
                header.OldPath = DiffPaths.Unquote(line[12..]);
            }
            else if (line.StartsWith("rename to ", StringComparison.Ordinal))
            {
                header.NewPath = DiffPaths.Unquote(line[10..]);
            }
            else if (line.StartsWith("copy from ", StringComparison.Ordinal))
            {
                header.Kind = FileChangeKind.Copied;
                header.OldPath = DiffPaths.Unquote(line[10..]);
            }
            else if (line.StartsWith("copy to ", StringComparison.Ordinal))
            {
                header.NewPath = DiffPaths.Unquote(line[8..]);
            }
            else if (line.StartsWith("Binary files ", StringComparison.Ordinal) || line == "GIT binary patch")
            {
                header.Binary = true;
                i++;
                SkipBinaryPatch(lines, ref i);
                return;
            }
            else if (!(line.StartsWith("old mode", StringComparison.Ordinal) || line.StartsWith("new mode", StringComparison.Ordinal)
                || line.StartsWith("index ", StringComparison.Ordinal) || line.StartsWith("similarity index", StringComparison.Ordinal)
                || line.StartsWith("dissimilarity index", StringComparison.Ordinal)))
            {
                return;
            }

            i++;
        }
    }

    private static void SkipBinaryPatch(string[] lines, ref int i)
    {
        while (i < lines.Length && !lines[i].StartsWith("diff --git ", StringComparison.Ordinal))
        {
            i++;
        }
    }

    private static DiffHunk ParseHunk(string[] lines, ref int i)
    {
        var match = HunkHeader().Match(lines[i]);
        if (!match.Success)
        {
            throw new DiffFormatException($"malformed diff: bad hunk header at line {i + 1}: {Trim(lines[i])}");
        }

        var headerLine = i + 1;
        var oldStart = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var oldCount = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var newStart = int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        var newCount = match.Groups[4].Success ? int.Parse(match.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        i++;
        var body = new List<DiffLine>();
        int oldLine = oldStart, newLine = newStart, oldSeen = 0, newSeen = 0;
        while (i < lines.Length && (oldSeen < oldCount || newSeen < newCount))
        {
            var line = lines[i];
            if (line.StartsWith('\\'))
            {
                i++;
                continue;
            }

            var text = line.Length > 0 ? line[1..] : string.Empty;
            switch (line.Length == 0 ? ' ' : line[0])
            {
                case ' ':
                    body.Add(new DiffLine(DiffLineKind.Context, oldLine++, newLine++, text));
                    oldSeen++;
                    newSeen++;
                    break;
                case '+':
                    body.Add(new DiffLine(DiffLineKind.Added, null, newLine++, text));
                    newSeen++;
                    break;
                case '-':
                    body.Add(new DiffLine(DiffLineKind.Deleted, oldLine++, null, text));
                    oldSeen++;
                    break;
                default:
                    throw new DiffFormatException($"malformed diff: unexpected line {i + 1} inside the hunk at line {headerLine}");
            }

            i++;
        }

        if (oldSeen != oldCount || newSeen != newCount)
        {
            throw new DiffFormatException($"malformed diff: the hunk at line {headerLine} is truncated (expected -{oldCount} +{newCount} lines, found -{oldSeen} +{newSeen})");
        }

        while (i < lines.Length && lines[i].StartsWith('\\'))
        {
            i++;
        }

        return new DiffHunk(oldStart, oldCount, newStart, newCount, match.Groups[5].Value, body);
    }

    private static string Trim(string s) => s.Length > 60 ? s[..60] + "…" : s;

    private sealed class FileHeader
    {
        public string? OldPath { get; set; }

        public string? NewPath { get; set; }

        public FileChangeKind Kind { get; set; } = FileChangeKind.Modified;

        public bool Binary { get; set; }
    }
}
