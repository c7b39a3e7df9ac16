using CoeReview.Routing.Embedding;

namespace CoeReview.Routing.Tests;

/// <summary>Loads the real MiniLM model once for every test that needs it (about a second).</summary>
public sealed class ModelFixture : IDisposable
{
    public MiniLmEmbedder Model { get; } = new();

    public void Dispose() => Model.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ModelCollection : ICollectionFixture<ModelFixture>
{
    public const string Name = "model";
}
