using System.Text;
using GraphBuilder.Nlp.Features;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// The compact model file: "GBTAGGER", format version, feature version, table bits, tag names, description,
/// beam width, the word lexicon (name lists; words with their <see cref="WordLexicon.Slots"/> values as varints), then only the non-zero rows (row number as a delta varint, each tag's weight as a zig-zag varint) and an
/// FNV-1a checksum of everything before it. Same model, same bytes.
/// </summary>
public static class ModelFile
{
    private static readonly byte[] Magic = "GBTAGGER"u8.ToArray();
    private const byte FormatVersion = 2;

    /// <summary>Bumped whenever <see cref="Features.FeatureExtractor"/> changes what it hashes.</summary>
    public const byte FeatureVersion = 2;

    public static byte[] ToBytes(TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(FeatureVersion);
            w.Write((byte)model.Bits);
            w.Write((byte)model.Tags.Count);
            foreach (var name in model.Tags.Names) w.Write(name);
            w.Write(model.Description);
            w.Write((byte)model.BeamWidth);
            var lexicon = model.Lexicon;
            w.Write((byte)lexicon.NameLists.Count);
            foreach (var list in lexicon.NameLists) w.Write(list);
            w.Write(lexicon.Count);
            for (var i = 0; i < lexicon.Count; i++)
            {
                w.Write(lexicon.Words[i]);
                foreach (var v in lexicon.Values(i)) w.Write7BitEncodedInt((int)v);
            }
            var count = model.Tags.Count;
            var rows = 1 << model.Bits;
            var nonZero = Enumerable.Range(0, rows).Where(r => !model.RowIsZero(r)).ToList();
            w.Write(nonZero.Count);
            var last = -1;
            foreach (var r in nonZero)
            {
                w.Write7BitEncodedInt(r - last);
                last = r;
                for (var t = 0; t < count; t++) w.Write7BitEncodedInt(ZigZag(model.Weight(r, t)));
            }
        }
        var body = stream.ToArray();
        var result = new byte[body.Length + 4];
        body.CopyTo(result, 0);
        BitConverter.TryWriteBytes(result.AsSpan(body.Length), Checksum(body));
        if (!BitConverter.IsLittleEndian) result.AsSpan(body.Length).Reverse();
        return result;
    }

    public static void Write(TaggerModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, ToBytes(model));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Loads a model; a damaged or foreign file throws <see cref="InvalidDataException"/> naming the file and the reason.</summary>
    public static TaggerModel Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return FromBytes(File.ReadAllBytes(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public static TaggerModel FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < Magic.Length + 8 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) throw new InvalidDataException("not a GraphBuilder tagger model");
        var body = bytes.AsSpan(0, bytes.Length - 4);
        var stored = BitConverter.ToUInt32(BitConverter.IsLittleEndian ? bytes.AsSpan(bytes.Length - 4) : [.. bytes.AsSpan(bytes.Length - 4).ToArray().Reverse()]);
        if (stored != Checksum(body)) throw new InvalidDataException("checksum mismatch (file damaged or truncated)");
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, 0, body.Length), Encoding.UTF8);
            r.ReadBytes(Magic.Length);
            if (r.ReadByte() is var format && format != FormatVersion) throw new InvalidDataException($"model format {format}, this build reads {FormatVersion}");
            if (r.ReadByte() is var features && features != FeatureVersion) throw new InvalidDataException($"model uses feature version {features}, this build extracts version {FeatureVersion}; retrain with 'graphbuilder train'");
            int bits = r.ReadByte(), count = r.ReadByte();
            if (bits is < 8 or > 24 || count == 0) throw new InvalidDataException($"bad header (bits {bits}, {count} tags)");
            var names = Enumerable.Range(0, count).Select(_ => r.ReadString()).ToArray();
            var description = r.ReadString();
            var beam = r.ReadByte();
            if (beam is < 1 or > Tagger.MaxBeam) throw new InvalidDataException($"beam width {beam} outside 1..{Tagger.MaxBeam}");
            var lists = Enumerable.Range(0, r.ReadByte()).Select(_ => r.ReadString()).ToArray();
            var entries = r.ReadInt32();
            if (entries < 0 || entries > bytes.Length) throw new InvalidDataException($"bad lexicon size {entries}");
            var words = new string[entries];
            var values = new uint[entries * WordLexicon.Slots];
            for (var i = 0; i < entries; i++)
            {
                words[i] = r.ReadString();
                for (var v = 0; v < WordLexicon.Slots; v++) values[i * WordLexicon.Slots + v] = (uint)r.Read7BitEncodedInt();
            }
            var lexicon = new WordLexicon(words, values, lists);
            var weights = new short[(1 << bits) * count];
            var rows = r.ReadInt32();
            var row = -1;
            for (var i = 0; i < rows; i++)
            {
                row += r.Read7BitEncodedInt();
                if (row >= 1 << bits) throw new InvalidDataException($"row {row} outside the table of {1 << bits}");
                for (var t = 0; t < count; t++) weights[row * count + t] = checked((short)UnZigZag(r.Read7BitEncodedInt()));
            }
            return new TaggerModel(new TagSet(names), bits, weights, description, lexicon, beam);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException("malformed model body: " + e.Message, e);
        }
    }

    private static int ZigZag(short v) => (v << 1) ^ (v >> 15);
    private static int UnZigZag(int v) => (int)((uint)v >> 1) ^ -(v & 1);

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var h = 2166136261u;
        foreach (var b in data) h = (h ^ b) * 16777619;
        return h;
    }
}
