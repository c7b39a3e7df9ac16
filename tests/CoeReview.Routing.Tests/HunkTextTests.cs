using CoeReview.Core.Diff;
using CoeReview.Routing.Embedding;

namespace CoeReview.Routing.Tests;

public sealed class HunkTextTests
{
    [Fact]
    public void Hunk_text_has_path_words_the_enclosing_member_and_split_identifiers()
    {
        // Given a hunk inside a method whose declaration is a context line
        var lines = new List<DiffLine>
        {
            new(DiffLineKind.Context, 20, 20, "    public async Task<Order> LoadOrderAsync(int id)"),
            new(DiffLineKind.Added, null, 21, "        var order = _orderRepository.GetById(id).Result;"),
            new(DiffLineKind.Deleted, 21, null, "        var order = await _orderRepository.GetByIdAsync(id);"),
        };
        var file = new DiffFile("src/App/Services/OrderService.cs", null, FileChangeKind.Modified, false, [new DiffHunk(20, 2, 20, 2, "", lines)]);

        // When its text is built
        var text = HunkText.For(file, file.Hunks[0], EmptySnapshot.Instance);

        // Then words come once each, lower case, identifiers split at case changes
        Assert.Equal("app services order service load async var repository get by id result await", text);
    }

    [Fact]
    public void The_enclosing_member_comes_from_the_snapshot_when_the_hunk_does_not_show_it()
    {
        var snapshot = new OneFile("class C\n{\n    private static bool IsValidEmail(string value)\n    {\n        return true;\n    }\n}\n");
        var hunk = new DiffHunk(5, 1, 5, 1, "", [new DiffLine(DiffLineKind.Added, null, 5, "        return value.Contains('@');")]);
        var file = new DiffFile("C.cs", null, FileChangeKind.Modified, false, [hunk]);

        Assert.Equal("IsValidEmail", HunkText.EnclosingMember(file, hunk, snapshot));
    }

    private sealed class OneFile(string text) : ISnapshot
    {
        public string? ReadText(string path) => text;

        public IEnumerable<string> ListFiles(string folder) => ["C.cs"];
    }
}
