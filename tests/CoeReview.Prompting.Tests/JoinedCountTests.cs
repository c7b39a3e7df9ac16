using System.Globalization;
using System.Text;
using CoeReview.Core.Findings;
using CoeReview.Testing;

namespace CoeReview.Prompting.Tests;

public sealed class JoinedCountTests
{
    // Lines where a tokenizer might join across a line break: blank and space-only lines, trailing and
    // leading whitespace, tabs, carriage returns, punctuation runs, digits, special-token text, non-Latin.
    private const string Awkward = "}\n\n   \n\t\tx = 1;   \n;;;\n123456789\n<|endoftext|>\n<<<END-UNTRUSTED-0>>>\nline\r\n\u00e9t\u00e9 \u4e2d\u6587 \U0001F600\n    \n'll 've\n)\n";

    [Fact]
    public void A_user_message_counted_by_its_parts_has_the_tokens_of_the_whole_message_for_real_files_of_every_kind()
    {
        var files = Directory.EnumerateFiles(RepoRoot.Path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/.git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Take(150)
            .ToDictionary(f => Path.GetRelativePath(RepoRoot.Path, f).Replace('\\', '/'), File.ReadAllText);
        files["odd/Awkward.txt"] = string.Concat(Enumerable.Repeat(Awkward, 20));
        var diff = new StringBuilder();
        foreach (var (path, text) in files)
        {
            var count = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length;
            diff.Append(TestDiffs.Modified(path, text, [.. Enumerable.Range(1, count).Where(n => n % 3 == 1)]));
        }

        var set = TestDiffs.Set(diff.ToString(), files);
        var checkedRequests = 0;
        foreach (var expert in new[] { "syntax", "security", "performance", "tests" })
        {
            var work = Plans.Work(set, expert);
            var findings = set.Files.Select(f => new Finding(expert, "COE-T", "test", Severity.Warning, f.Path, 2, 2, 1, "a finding: with \"text\"\n", null, ["roslyn"], 0.9)).ToList();
            var plan = new RequestPlanner(new PromptLimits { RequestTokenBudget = 2600 }).Plan(work, findings);
            foreach (var request in plan.Requests)
            {
                var nonce = checkedRequests.ToString("X12", CultureInfo.InvariantCulture);
                var parts = PromptRenderer.UserParts(work.Expert, request.Pieces, nonce);
                Assert.Equal(PromptRenderer.User(work.Expert, request.Pieces, nonce), string.Concat(parts));
                Assert.Equal(TokenCounter.CountCl100k(string.Concat(parts)), parts.Sum(TokenCounter.CountCl100k));
                checkedRequests++;
            }
        }

        Assert.True(checkedRequests > 100, $"only {checkedRequests} requests");
    }
}
