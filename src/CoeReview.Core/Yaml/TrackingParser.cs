using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CoeReview.Core.Yaml;

/// <summary>
/// Passes a parser's events through while remembering the innermost flow collection still open
/// and the last line reached, so a failed load can point at the line that needs fixing.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    private readonly Stack<(Mark Start, char? Bracket)> _open = new();

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the innermost unclosed flow collection started and its bracket ('[' or '{'), if any.</summary>
    public (Mark Start, char Bracket)? OpenFlow => _open.Where(o => o.Bracket is not null).Select(o => ((Mark, char)?)(o.Start, o.Bracket!.Value)).FirstOrDefault();

    public int LastLine { get; private set; } = 1;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        switch (inner.Current)
        {
            case SequenceStart s when moved:
                _open.Push((s.Start, s.Style == SequenceStyle.Flow ? '[' : null));
                break;
            case MappingStart m when moved:
                _open.Push((m.Start, m.Style == MappingStyle.Flow ? '{' : null));
                break;
            case SequenceEnd or MappingEnd when moved && _open.Count > 0:
                _open.Pop();
                break;
        }

        if (moved && inner.Current is { } current)
        {
            LastLine = (int)Math.Max(1, current.End.Line);
        }

        return moved;
    }
}
