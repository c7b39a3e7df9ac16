using System.Globalization;
using System.Text.RegularExpressions;
using CoeReview.Core.Pipeline;

namespace CoeReview.Core.Tests;

public sealed partial class StageProfileTests
{
    [GeneratedRegex(@"^  first stage +(?<ms>[0-9.]+) +(?<from>[0-9]+)-(?<to>[0-9]+) *$", RegexOptions.Multiline)]
    private static partial Regex FirstStageLine();

    [Fact]
    public void Each_stage_says_when_it_first_started_and_last_ended_and_the_profile_ends_with_the_jit_and_the_wall_time()
    {
        var was = StageProfile.Enabled;
        StageProfile.Enabled = true;
        try
        {
            StageProfile.Reset();
            Thread.Sleep(30);
            using (StageProfile.Stage("first stage"))
            {
                Thread.Sleep(40);
            }

            var writer = new StringWriter();
            StageProfile.Write(writer);
            var text = writer.ToString();

            var line = FirstStageLine().Match(text);
            Assert.True(line.Success, text);
            var from = int.Parse(line.Groups["from"].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(line.Groups["to"].Value, CultureInfo.InvariantCulture);
            Assert.InRange(from, 25, to - 35);
            Assert.Matches(@"jit \(all threads\) +[0-9.]+  [0-9]+ methods", text);
            Assert.Matches(@"gc pauses +[0-9.]+  [0-9]+ gen0, [0-9]+ gen1, [0-9]+ gen2", text);
            Assert.Contains("wall since start", text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
        }
        finally
        {
            StageProfile.Enabled = was;
        }
    }
}
