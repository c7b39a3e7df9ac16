namespace CoeReview.Benchmarks.RealHunks;

/// <summary>
/// One labelled real hunk: which repository and commit, the file and the hunk's header, the experts
/// that should see it and why in one line. The hunk's text is not stored: it is read from the clone.
/// </summary>
internal sealed record HunkLabel(string Repo, string Commit, string File, string Hunk, IReadOnlyList<string> Experts, string Reason)
{
    public const string Header = "repo\tcommit\tfile\thunk\texperts\treason";

    public string ToLine() => string.Join('\t', Repo, Commit, File, Hunk, string.Join(',', Experts), Reason);

    /// <summary>Reads a labels file: a header line, then tab-separated rows; '#' starts a comment line.</summary>
    public static IReadOnlyList<HunkLabel> Read(string path)
    {
        var labels = new List<HunkLabel>();
        foreach (var (line, number) in System.IO.File.ReadLines(path).Select((l, i) => (l, i + 1)).Skip(1))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 6)
            {
                throw new FormatException($"{path}:{number}: expected 6 tab-separated cells, got {cells.Length}");
            }

            var experts = cells[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            labels.Add(new HunkLabel(cells[0], cells[1], cells[2], cells[3], experts, cells[5]));
        }

        return labels;
    }
}
