using System.Text;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// Expands $(Property) references in MSBuild text, with the property functions real project files
/// use ($(X.EndsWith('y')), $([MSBuild]::GetDirectoryNameOfFileAbove(...)), $([System.IO.Path]::Combine(...))).
/// Item (@(...)) and metadata (%(...)) references are left as they are. A function it does not know
/// expands to "" and marks the expansion incomplete, so a caller can say what it could not evaluate.
/// </summary>
internal sealed class MsBuildExpander(Func<string, string?> property, MsBuildFunctions functions)
{
    /// <summary>Set when a function or syntax was not understood; the result is then a best effort.</summary>
    public bool Incomplete { get; private set; }

    public void Reset() => Incomplete = false;

    public string Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("$(", StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '(')
            {
                var end = MatchingParen(text, i + 1);
                if (end < 0)
                {
                    Incomplete = true;
                    sb.Append(text, i, text.Length - i);
                    break;
                }

                sb.Append(Evaluate(text[(i + 2)..end].Trim()));
                i = end + 1;
            }
            else
            {
                sb.Append(text[i]);
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>The index of the ')' that closes the '(' at <paramref name="open"/>, quotes respected; -1 when none.</summary>
    public static int MatchingParen(string text, int open)
    {
        ArgumentNullException.ThrowIfNull(text);
        var depth = 0;
        char quote = '\0';
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"' or '`')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private string Evaluate(string body)
    {
        if (body.StartsWith('['))
        {
            var close = body.IndexOf("]::", StringComparison.Ordinal);
            if (close < 0)
            {
                Incomplete = true;
                return "";
            }

            var type = body[1..close];
            var (name, args, rest) = Call(body[(close + 3)..]);
            var value = functions.Static(type, name, args);
            return Chain(value, rest);
        }

        var dot = IndexOfMember(body);
        var propertyName = (dot < 0 ? body : body[..dot]).Trim();
        var current = property(propertyName) ?? "";
        return dot < 0 ? current : Chain(current, body[(dot + 1)..]);
    }

    // Applies a chain of instance members (.Trim().EndsWith('x')) to a value.
    private string Chain(string? value, string rest)
    {
        if (value is null)
        {
            Incomplete = true;
            return "";
        }

        var current = value;
        var remaining = rest.Trim();
        while (remaining.Length > 0)
        {
            var (name, args, after) = Call(remaining);
            var next = MsBuildFunctions.Instance(current, name, args);
            if (next is null)
            {
                Incomplete = true;
                return "";
            }

            current = next;
            remaining = after.TrimStart('.').Trim();
        }

        return current;
    }

    // Splits "Name(arg, 'arg')rest" into the name, the expanded arguments and what follows.
    private (string Name, IReadOnlyList<string> Args, string After) Call(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (open < 0 || (dot >= 0 && dot < open))
        {
            // A property without arguments (.Length) or a member chain continuing after it.
            var stop = dot < 0 ? text.Length : dot;
            return (text[..stop].Trim(), [], dot < 0 ? "" : text[dot..]);
        }

        var close = MatchingParen(text, open);
        if (close < 0)
        {
            Incomplete = true;
            return (text[..open].Trim(), [], "");
        }

        var args = SplitArguments(text[(open + 1)..close]).Select(a => Expand(Unquote(a.Trim()))).ToList();
        return (text[..open].Trim(), args, text[(close + 1)..]);
    }

    private static int IndexOfMember(string body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '.')
            {
                return i;
            }

            if (!(char.IsLetterOrDigit(body[i]) || body[i] is '_' or '-' or ' '))
            {
                return -1;
            }
        }

        return -1;
    }

    private static string Unquote(string arg) =>
        arg.Length >= 2 && arg[0] is '\'' or '"' or '`' && arg[^1] == arg[0] ? arg[1..^1] : arg;

    private static List<string> SplitArguments(string text)
    {
        var list = new List<string>();
        if (text.Trim().Length == 0)
        {
            return list;
        }

        var depth = 0;
        char quote = '\0';
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"' or '`')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                list.Add(text[start..i]);
                start = i + 1;
            }
        }

        list.Add(text[start..]);
        return list;
    }
}
