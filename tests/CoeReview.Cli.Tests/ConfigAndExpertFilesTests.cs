using CoeReview.Cli.Composition;

namespace CoeReview.Cli.Tests;

public sealed class ConfigAndExpertFilesTests
{
    [Fact]
    public void A_config_file_is_read_from_disk_and_its_folder_is_where_relative_paths_start()
    {
        // Given a config file in a folder
        var dir = Directory.CreateTempSubdirectory("coe-config-");
        try
        {
            var file = Path.Combine(dir.FullName, ".coe-review.yml");
            File.WriteAllText(file, "filter: file\nexpertsDir: mine\n");

            // When the adapter loads it
            var config = ConfigFiles.Load(file);

            // Then Core parsed its text under the file's name, and the folder is the file's
            Assert.Equal(("file", "mine", file), (config.Filter, config.ExpertsDir, config.FileName));
            Assert.Equal(dir.FullName, config.Folder);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Expert_files_are_the_yaml_files_of_a_folder_in_name_order_and_none_when_it_is_missing()
    {
        // Given a folder with two expert files and a note
        var dir = Directory.CreateTempSubdirectory("coe-experts-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "b.yaml"), "id: b\n");
            File.WriteAllText(Path.Combine(dir.FullName, "a.yml"), "id: a\n");
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "not an expert\n");

            // When the adapter reads it, and a folder that does not exist
            var files = ExpertFiles.InFolder(dir.FullName);
            var none = ExpertFiles.InFolder(Path.Combine(dir.FullName, "absent"));

            // Then only the YAML files come back, with their text, and nothing for the missing folder
            Assert.Equal([("a.yml", "id: a\n"), ("b.yaml", "id: b\n")], files.Select(f => (Path.GetFileName(f.Name), f.Text)));
            Assert.Empty(none);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
