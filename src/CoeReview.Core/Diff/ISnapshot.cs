namespace CoeReview.Core.Diff;

/// <summary>Read access to the files of the reviewed (new) tree: a working tree, a commit, or nothing.</summary>
public interface ISnapshot
{
    /// <summary>The file's text, or null when it does not exist, is binary or cannot be read.</summary>
    string? ReadText(string path);

    /// <summary>Repo-relative paths ('/'-separated) of all files under a folder ("" for the root), recursively.</summary>
    IEnumerable<string> ListFiles(string folder);
}
