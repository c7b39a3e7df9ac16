using CoeReview.Core.Experts;
using CoeReview.Routing.Embedding;

namespace CoeReview.Routing;

/// <summary>The embedded examples and descriptions of a catalog's experts: the k-NN router's labelled points.</summary>
internal sealed class ExpertIndex
{
    private ExpertIndex(IReadOnlyList<IndexedExample> items) => Items = items;

    public IReadOnlyList<IndexedExample> Items { get; }

    public static ExpertIndex Build(ExpertCatalog catalog, ITextEmbedder embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(embedder);
        var raw = Points(catalog);
        var vectors = embedder.Embed(raw.Select(x => HunkText.ForExample(x.Text)).ToList(), cancellationToken);
        return new ExpertIndex(raw.Select((x, i) => new IndexedExample(x.Id, x.Text, x.IsDescription, vectors[i])).ToList());
    }

    /// <summary>The texts the index embeds, as the model reads them.</summary>
    public static IReadOnlyList<string> TextsOf(ExpertCatalog catalog) => Points(catalog).Select(x => HunkText.ForExample(x.Text)).Distinct(StringComparer.Ordinal).ToList();

    private static List<(string Id, string Text, bool IsDescription)> Points(ExpertCatalog catalog) => catalog.Experts
        .SelectMany(e => e.Routing.Examples.Select(x => (e.Id, Text: x, IsDescription: false))
            .Append((e.Id, Text: e.Description.Trim(), IsDescription: true)))
        .Where(x => x.Text.Length > 0)
        .ToList();
}
