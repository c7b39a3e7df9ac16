using CoeReview.Routing.Embedding.Onnx;

namespace CoeReview.Routing.Tests;

public sealed class ProtoPiecesTests
{
    [Fact]
    public void A_message_has_the_bytes_of_the_protobuf_encoding_guides_examples()
    {
        // Given the guide's three messages: a varint 150 in field 1, "testing" in field 2, and the first nested in field 3
        var varint = new ProtoPieces();
        varint.Varint(1, 150);
        var text = new ProtoPieces();
        text.Text(2, "testing");
        var nested = new ProtoPieces();
        nested.Message(3, varint);

        // Then each has the guide's bytes
        Assert.Equal([0x08, 0x96, 0x01], varint.ToArray());
        Assert.Equal([0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67], text.ToArray());
        Assert.Equal([0x1a, 0x03, 0x08, 0x96, 0x01], nested.ToArray());
    }

    [Fact]
    public void Fields_read_from_a_message_are_written_back_as_they_were()
    {
        // Given a message with a fixed 32-bit field, a 300-byte field (a two-byte length) nested, and a large varint
        byte[] fixed32 = [1, 2, 3, 4];
        var big = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();
        var inner = new ProtoPieces();
        inner.Text(8, "weights");
        inner.Bytes(9, big);
        var pieces = new ProtoPieces();
        pieces.Field(new ProtoField(2, 5, 0, fixed32));
        pieces.Message(5, inner);
        pieces.Varint(3, 1UL << 40);
        var bytes = pieces.ToArray();

        // When it is read and every field written back
        var read = ProtoWire.Read(bytes);
        var again = new ProtoPieces();
        foreach (var field in read)
        {
            again.Field(field);
        }

        // Then the bytes are the same, the length is known before the copy, and the values are the ones written
        Assert.Equal(bytes, again.ToArray());
        Assert.Equal(bytes.Length, pieces.Length);
        Assert.Equal([2, 5, 3], read.Select(f => f.Number));
        Assert.Equal(1UL << 40, read[2].Varint);
        Assert.Equal(fixed32, read[0].Bytes.ToArray());
        Assert.Equal(big, ProtoWire.Read(read[1].Bytes).Single(f => f.Number == 9).Bytes.ToArray());
    }
}
