using System.Text;

namespace GraphBuilder.Core.Output;

/// <summary>
/// An output directory whose files appear atomically: each is written to a temporary file in
/// the same directory and renamed over the target only when complete, so a failed or cancelled
/// run never leaves a half-written or corrupted file behind.
/// </summary>
public sealed class OutputDirectory
{
    /// <summary>UTF-8 without byte-order mark; every text output uses it.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public OutputDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FullPath = System.IO.Path.GetFullPath(path);
    }

    public string FullPath { get; }

    public string PathOf(string fileName) => System.IO.Path.Combine(FullPath, fileName);

    /// <summary>Writes a binary file atomically.</summary>
    public void WriteFile(string fileName, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(write);
        var target = PathOf(fileName);
        var directory = System.IO.Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temp = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes a UTF-8 text file atomically, with "\n" line endings whatever the platform.</summary>
    public void WriteText(string fileName, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteFile(fileName, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(writer);
        });
    }
}
