namespace CoeReview.Analysis.Projects;

/// <summary>
/// The files a project evaluation reads, by absolute '/'-separated path: the reviewed snapshot for
/// the repository's own files, the disk for what a restore or the SDK left outside it.
/// </summary>
internal interface IProjectFileSystem
{
    string? ReadText(string path);

    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>Files matching a wildcard pattern (**, *, ?) below a folder, absolute.</summary>
    IEnumerable<string> Glob(string directory, string pattern);
}
