using CoeReview.Core.Findings;
using CoeReview.GitHub.Actions;
using CoeReview.GitHub.Tests.Support;

namespace CoeReview.GitHub.Tests.Actions;

public sealed class WorkflowCommandsTests
{
    [Fact]
    public void An_annotation_names_file_line_and_title()
    {
        var f = Reviews.Finding("src/A.cs", 12, endLine: 14, severity: Severity.Error, message: "Query built from input.");

        Assert.Equal("::error file=src/A.cs,line=12,endLine=14,col=1,title=COE-SEC-001 (security)::Query built from input.", WorkflowCommands.Annotation(f));
    }

    [Fact]
    public void A_message_cannot_start_a_new_command_or_inject_properties()
    {
        // Given a message and a path written to forge commands
        var f = Reviews.Finding("a,line=1::x.cs", 3, severity: Severity.Note,
            message: "100% sure\n::error file=evil.cs::forged\r\n::add-mask::x");

        var line = WorkflowCommands.Annotation(f);

        // Then the command stays on one line, with one '::' separator after the properties
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
        Assert.StartsWith("::notice file=a%2Cline=1%3A%3Ax.cs,line=3,", line, StringComparison.Ordinal);
        Assert.EndsWith("::100%25 sure%0A::error file=evil.cs::forged%0D%0A::add-mask::x", line, StringComparison.Ordinal);
    }
}
