using System.Runtime.InteropServices;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>What a path is, after following symbolic links.</summary>
public enum FileNodeKind { Missing, Regular, Directory, Fifo, Socket, CharacterDevice, BlockDevice, Other }

/// <summary>
/// The kind and identity (device and inode) of a path, following symbolic links. On Linux it asks
/// <c>stat(2)</c>, so FIFOs, sockets and devices are told apart from regular files without opening
/// them (opening a FIFO blocks until a writer comes). Elsewhere it falls back to .NET's view
/// (regular file or directory) and identifies a directory by its resolved full path.
/// </summary>
public readonly partial record struct FileNode(FileNodeKind Kind, ulong Device, ulong Inode, string? ResolvedPath)
{
    /// <summary>The identity that tells visited directories apart: device and inode, else the resolved path.</summary>
    public string Identity => ResolvedPath ?? $"{Device}:{Inode}";

    public static FileNode Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LinuxStat.Supported ? LinuxStat.Stat(path) : Portable(path);
    }

    private static FileNode Portable(string path)
    {
        if (File.Exists(path)) return new FileNode(FileNodeKind.Regular, 0, 0, Resolve(path));
        if (Directory.Exists(path)) return new FileNode(FileNodeKind.Directory, 0, 0, Resolve(path));
        return new FileNode(FileNodeKind.Missing, 0, 0, null);
    }

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var target = new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            return target?.FullName ?? full;
        }
        catch (IOException) { return full; }
    }

    /// <summary>A short name for messages ("FIFO", "socket", ...).</summary>
    public string Describe() => Kind switch
    {
        FileNodeKind.Fifo => "a FIFO (named pipe)",
        FileNodeKind.Socket => "a socket",
        FileNodeKind.CharacterDevice => "a character device",
        FileNodeKind.BlockDevice => "a block device",
        FileNodeKind.Missing => "missing",
        _ => "not a regular file",
    };

    /// <summary>stat(2) through glibc; st_dev and st_ino lead the struct, st_mode's offset depends on the architecture.</summary>
    private static partial class LinuxStat
    {
        private static readonly int ModeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 or Architecture.LoongArch64 or Architecture.RiscV64 => 16,
            _ => -1,
        };

        public static bool Supported { get; } = OperatingSystem.IsLinux() && ModeOffset >= 0 && Probe();

        private static bool Probe()
        {
            try { return Native(".", new byte[256]) == 0; }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
        }

        public static FileNode Stat(string path)
        {
            var buffer = new byte[256];
            if (Native(path, buffer) != 0) return new FileNode(FileNodeKind.Missing, 0, 0, null);
            var device = BitConverter.ToUInt64(buffer, 0);
            var inode = BitConverter.ToUInt64(buffer, 8);
            var mode = BitConverter.ToUInt32(buffer, ModeOffset) & 0xF000;
            var kind = mode switch
            {
                0x8000 => FileNodeKind.Regular,
                0x4000 => FileNodeKind.Directory,
                0x1000 => FileNodeKind.Fifo,
                0xC000 => FileNodeKind.Socket,
                0x2000 => FileNodeKind.CharacterDevice,
                0x6000 => FileNodeKind.BlockDevice,
                _ => FileNodeKind.Other,
            };
            return new FileNode(kind, device, inode, null);
        }

        [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
        private static partial int Native(string path, [Out] byte[] buffer);
    }
}
