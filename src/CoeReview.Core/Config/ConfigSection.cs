using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Config;

/// <summary>
/// One section of the config file as parsed, for the project that owns it: its node keeps the
/// file's line numbers, so the owner's errors can name the file and the line.
/// </summary>
public sealed record ConfigSection(string File, YamlNode Node)
{
    /// <summary>Typed reads of this section that fail with the file, line, key and what was expected.</summary>
    public ConfigReader Reader => new(File);

    /// <summary>The same reads with the errors worded another way (the remote section's).</summary>
    public ConfigReader ReaderWorded(ConfigWording wording) => new(File, wording);
}
