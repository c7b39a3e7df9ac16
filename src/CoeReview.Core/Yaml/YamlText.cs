using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Yaml;

/// <summary>
/// Loads a YAML document so that every syntax error comes back as a line and a sentence instead of
/// an exception: expert files, the config file and simulator scenarios all go through here.
/// </summary>
public static class YamlText
{
    /// <summary>The document's root node (null for an empty document), or the first syntax error.</summary>
    public static (YamlNode? Root, YamlSyntaxError? Error) Load(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
        }
        catch (YamlException e)
        {
            // YamlDotNet reports an unclosed '[' at the line where it gave up; the opening line is the one to fix.
            if (parser.OpenFlow is { } open)
            {
                return (null, Unclosed(open));
            }

            return (null, new YamlSyntaxError((int)Math.Max(1, e.Start.Line), "invalid YAML: " + e.Message.Split('\n')[0].Trim()));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws InvalidOperationException instead of a YamlException for
            // some unterminated flow collections (a '[' list followed by more keys), without a position.
            return (null, parser.OpenFlow is { } open
                ? Unclosed(open)
                : new YamlSyntaxError(parser.LastLine, "invalid YAML near this line"));
        }
    }

    private static YamlSyntaxError Unclosed((Mark Start, char Bracket) open) =>
        new((int)open.Start.Line, $"invalid YAML: the '{open.Bracket}' opened here is never closed (expected '{(open.Bracket == '[' ? ']' : '}')}' before the next key)");
}
