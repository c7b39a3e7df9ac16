using System.Globalization;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// Evaluates an MSBuild condition: ==, !=, &lt;, &gt;, &lt;=, &gt;=, and, or, !, parentheses,
/// Exists(), HasTrailingSlash(), quoted text with $(...) expanded. Comparisons ignore case, as MSBuild's do.
/// A condition it cannot parse is false and marks the evaluation incomplete.
/// </summary>
internal sealed class MsBuildCondition
{
    private readonly MsBuildExpander _expander;
    private readonly Func<string, bool> _exists;
    private string _text = "";
    private int _pos;

    public MsBuildCondition(MsBuildExpander expander, Func<string, bool> exists)
    {
        _expander = expander ?? throw new ArgumentNullException(nameof(expander));
        _exists = exists ?? throw new ArgumentNullException(nameof(exists));
    }

    public bool Incomplete { get; private set; }

    public void Reset()
    {
        Incomplete = false;
        _expander.Reset();
    }

    public bool Evaluate(string? condition)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        Reset();
        _text = condition;
        _pos = 0;
        try
        {
            var value = Or();
            SkipSpace();
            if (_pos < _text.Length)
            {
                Incomplete = true;
            }

            // What could not be evaluated is not taken as true: the guarded content is left out, and the caller warns.
            return value && !Incomplete;
        }
        catch (FormatException)
        {
            Incomplete = true;
            return false;
        }
    }

    private bool Or()
    {
        var left = And();
        while (Keyword("or"))
        {
            var right = And();
            left = left || right;
        }

        return left;
    }

    private bool And()
    {
        var left = Not();
        while (Keyword("and"))
        {
            var right = Not();
            left = left && right;
        }

        return left;
    }

    private bool Not()
    {
        SkipSpace();
        if (Peek() == '!' && PeekAt(1) != '=')
        {
            _pos++;
            return !Not();
        }

        return Comparison();
    }

    private bool Comparison()
    {
        SkipSpace();
        if (Peek() == '(')
        {
            _pos++;
            var inner = Or();
            Expect(')');
            return inner;
        }

        var left = ReadOperand();
        SkipSpace();
        var op = Operator();
        if (op is null)
        {
            return left.Kind == OperandKind.Bool ? left.Bool : Truthy(left.Text);
        }

        var right = ReadOperand();
        return Compare(left.Text, op, right.Text);
    }

    private Operand ReadOperand()
    {
        SkipSpace();
        var c = Peek();
        if (c is '\'' or '"')
        {
            var end = _text.IndexOf(c, _pos + 1);
            if (end < 0)
            {
                throw new FormatException("unclosed quote");
            }

            var raw = _text[(_pos + 1)..end];
            _pos = end + 1;
            return new Operand(OperandKind.Text, Expand(raw), false);
        }

        if (c == '$' && PeekAt(1) == '(')
        {
            var end = MsBuildExpander.MatchingParen(_text, _pos + 1);
            if (end < 0)
            {
                throw new FormatException("unclosed $(");
            }

            var raw = _text[_pos..(end + 1)];
            _pos = end + 1;
            return new Operand(OperandKind.Text, Expand(raw), false);
        }

        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '.' or '_' or '-'))
        {
            _pos++;
        }

        var word = _text[start.._pos];
        if (word.Length == 0)
        {
            throw new FormatException("operand expected");
        }

        SkipSpace();
        if (Peek() == '(')
        {
            var end = MsBuildExpander.MatchingParen(_text, _pos);
            if (end < 0)
            {
                throw new FormatException("unclosed call");
            }

            var arg = Expand(UnquoteArgument(_text[(_pos + 1)..end].Trim()));
            _pos = end + 1;
            return word.ToLowerInvariant() switch
            {
                "exists" => new Operand(OperandKind.Bool, "", arg.Trim().Length > 0 && _exists(arg.Trim())),
                "hastrailingslash" => new Operand(OperandKind.Bool, "", arg.EndsWith('/') || arg.EndsWith('\\')),
                _ => throw new FormatException("unknown function " + word),
            };
        }

        return new Operand(OperandKind.Text, word, false);
    }

    private static string UnquoteArgument(string arg) => arg.Length >= 2 && arg[0] is '\'' or '"' && arg[^1] == arg[0] ? arg[1..^1] : arg;

    private string Expand(string raw)
    {
        var value = _expander.Expand(raw);
        Incomplete |= _expander.Incomplete;
        return value;
    }

    private string? Operator()
    {
        foreach (var op in new[] { "==", "!=", "<=", ">=", "<", ">" })
        {
            if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) == 0)
            {
                _pos += op.Length;
                return op;
            }
        }

        return null;
    }

    private static bool Compare(string left, string op, string right)
    {
        if (op is "==" or "!=")
        {
            var equal = string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);
            return op == "==" ? equal : !equal;
        }

        if (!TryNumber(left, out var a) || !TryNumber(right, out var b))
        {
            throw new FormatException("numeric comparison of text");
        }

        var c = a.CompareTo(b);
        return op switch { "<" => c < 0, ">" => c > 0, "<=" => c <= 0, _ => c >= 0 };
    }

    private static bool TryNumber(string text, out Version version)
    {
        var t = text.Trim().TrimStart('v', 'V');
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !t.Contains('.', StringComparison.Ordinal))
        {
            version = new Version((int)Math.Min(int.MaxValue, Math.Max(0, d)), 0);
            return true;
        }

        return Version.TryParse(t.Contains('.', StringComparison.Ordinal) ? t : t + ".0", out version!);
    }

    private static bool Truthy(string text) => text.Trim().ToLowerInvariant() is "true" or "on" or "yes" or "!false" or "!off" or "!no";

    private bool Keyword(string word)
    {
        SkipSpace();
        if (_pos + word.Length <= _text.Length && string.Compare(_text, _pos, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (_pos + word.Length == _text.Length || !char.IsLetterOrDigit(_text[_pos + word.Length])))
        {
            _pos += word.Length;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (Peek() != c)
        {
            throw new FormatException($"'{c}' expected");
        }

        _pos++;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private enum OperandKind
    {
        Text,
        Bool,
    }

    private readonly record struct Operand(OperandKind Kind, string Text, bool Bool);
}
