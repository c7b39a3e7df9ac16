using CoeReview.Core.Experts;

namespace CoeReview.Core.Tests;

public sealed class ExpertSourcesTests
{
    [Fact]
    public void User_expert_files_given_as_text_add_experts_and_replace_a_built_in_with_the_same_id()
    {
        // Given two user files, read by whoever calls Core: a new expert and one with a built-in's id
        (string, string)[] files =
        [
            ("experts/accessibility.yml", "id: accessibility\ndescription: UI accessibility\nrouting:\n  examples: [\"<img src=x>\"]\n"),
            ("experts/security.yml", "id: security\ndescription: Our own security rules\nrouting:\n  paths: [\"**/*.cs\"]\n"),
        ];

        // When the catalog is loaded from them
        var (catalog, errors) = ExpertSources.Load(files);

        // Then the new expert joins the built-ins and the user's security replaces the built-in one
        Assert.Empty(errors);
        Assert.Equal(["accessibility", "performance", "security", "syntax", "tests"], catalog.Experts.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal("Our own security rules", catalog.Find("security")!.Description);
    }

    [Fact]
    public void A_bad_user_file_is_reported_under_the_name_it_was_given()
    {
        // Given a user file with an unknown key
        (string, string)[] files = [("my/experts/x.yml", "id: x\ndescription: X\nroutng: {}\n")];

        // When the catalog is loaded
        var (_, errors) = ExpertSources.Load(files);

        // Then the error names the file as the caller named it
        Assert.Contains(errors, e => e.File == "my/experts/x.yml" && e.Line == 3);
    }
}
