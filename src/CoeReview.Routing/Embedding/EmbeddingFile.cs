namespace CoeReview.Routing.Embedding;

/// <summary>
/// The format of a file of vectors by key: the user's embedding cache (half precision, small) and
/// the vectors shipped for the built-in experts (single precision, so a shipped vector is the one
/// the model computes). A magic string, the model id, the dimensions and the count, then entries.
/// </summary>
internal static class EmbeddingFile
{
    public const string HalfMagic = "COE-EMB1";
    public const string SingleMagic = "COE-EMBF";

    public static void Write(Stream stream, string modelId, IReadOnlyCollection<KeyValuePair<UInt128, float[]>> entries, bool half)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(half ? HalfMagic : SingleMagic);
        writer.Write(modelId);
        writer.Write(entries.Count == 0 ? 0 : entries.First().Value.Length);
        writer.Write(entries.Count);
        foreach (var (key, vector) in entries)
        {
            writer.Write((ulong)(key >> 64));
            writer.Write((ulong)key);
            foreach (var x in vector)
            {
                if (half)
                {
                    writer.Write((Half)x);
                }
                else
                {
                    writer.Write(x);
                }
            }
        }
    }

    /// <summary>The entries, or null when the file is of another model, another format or too large.</summary>
    /// <exception cref="EndOfStreamException">The file is cut short.</exception>
    public static Dictionary<UInt128, float[]>? Read(Stream stream, string modelId, int maxEntries)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var magic = reader.ReadString();
        if (magic is not (HalfMagic or SingleMagic) || reader.ReadString() != modelId)
        {
            return null;
        }

        var half = magic == HalfMagic;
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (dimensions is < 0 or > 4096 || count < 0 || count > maxEntries)
        {
            return null;
        }

        var loaded = new Dictionary<UInt128, float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var high = reader.ReadUInt64();
            var key = new UInt128(high, reader.ReadUInt64());
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = half ? (float)reader.ReadHalf() : reader.ReadSingle();
            }

            loaded[key] = vector;
        }

        return loaded;
    }
}
