using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Minutes.Templating.Packaging;

/// <summary>
/// Writes a zip package front to back on any stream (also one that cannot seek): entries
/// compressed once are copied as they are, rendered parts are deflated while they are written.
/// Every entry carries the same timestamp (1980-01-01), so equal input gives equal bytes.
/// </summary>
internal sealed class ZipWriter
{
    private const ushort VersionNeeded = 20;
    private const ushort DataDescriptorFlag = 1 << 3;
    private const ushort Utf8NameFlag = 1 << 11;
    private const ushort DosDate = (1 << 5) | 1;
    private const ushort DosTime = 0;

    private readonly Stream _output;
    private readonly List<CentralRecord> _records = new();
    private readonly byte[] _header = new byte[46];
    private long _position;

    public ZipWriter(Stream output) => _output = output;

    /// <summary>Copies an entry compressed beforehand.</summary>
    public void Add(CompressedEntry entry)
    {
        var name = Encoding.UTF8.GetBytes(entry.Name);
        var record = new CentralRecord(name, NameFlags(entry.Name), entry.Method, _position)
        {
            Crc = entry.Crc,
            CompressedLength = entry.Data.Length,
            Length = entry.Length,
        };
        WriteLocalHeader(record);
        WriteRaw(entry.Data, 0, entry.Data.Length);
        _records.Add(record);
    }

    /// <summary>Starts an entry deflated while written; disposing the returned stream ends it.</summary>
    public Stream Open(string entryName, CompressionLevel level)
    {
        var record = new CentralRecord(Encoding.UTF8.GetBytes(entryName), (ushort)(NameFlags(entryName) | DataDescriptorFlag), CompressedEntry.Deflated, _position);
        WriteLocalHeader(record);
        _records.Add(record);
        return new EntryStream(this, record, level);
    }

    /// <summary>Writes the central directory: the package is complete.</summary>
    public void Finish()
    {
        if (_records.Count > ushort.MaxValue)
        {
            throw new IOException("too many entries for a zip package without zip64");
        }

        var start = _position;
        foreach (var record in _records)
        {
            var h = _header;
            Put32(h, 0, 0x02014b50);
            Put16(h, 4, VersionNeeded);
            Put16(h, 6, VersionNeeded);
            Put16(h, 8, record.Flags);
            Put16(h, 10, record.Method);
            Put16(h, 12, DosTime);
            Put16(h, 14, DosDate);
            Put32(h, 16, record.Crc);
            Put32(h, 20, Narrow(record.CompressedLength));
            Put32(h, 24, Narrow(record.Length));
            Put16(h, 28, (ushort)record.Name.Length);
            Put16(h, 30, 0);
            Put16(h, 32, 0);
            Put16(h, 34, 0);
            Put16(h, 36, 0);
            Put32(h, 38, 0);
            Put32(h, 42, Narrow(record.Offset));
            WriteRaw(h, 0, 46);
            WriteRaw(record.Name, 0, record.Name.Length);
        }

        var end = _header;
        Put32(end, 0, 0x06054b50);
        Put16(end, 4, 0);
        Put16(end, 6, 0);
        Put16(end, 8, (ushort)_records.Count);
        Put16(end, 10, (ushort)_records.Count);
        Put32(end, 12, Narrow(_position - start));
        Put32(end, 16, Narrow(start));
        Put16(end, 20, 0);
        WriteRaw(end, 0, 22);
    }

    private static ushort NameFlags(string name)
    {
        foreach (var c in name)
        {
            if (c > 0x7F)
            {
                return Utf8NameFlag;
            }
        }

        return 0;
    }

    private static uint Narrow(long value) =>
        value <= uint.MaxValue ? (uint)value : throw new IOException("the package exceeds 4 GB, the limit of a zip package without zip64");

    private static void Put16(byte[] buffer, int offset, ushort value)
    {
        buffer[offset] = (byte)value;
        buffer[offset + 1] = (byte)(value >> 8);
    }

    private static void Put32(byte[] buffer, int offset, uint value)
    {
        buffer[offset] = (byte)value;
        buffer[offset + 1] = (byte)(value >> 8);
        buffer[offset + 2] = (byte)(value >> 16);
        buffer[offset + 3] = (byte)(value >> 24);
    }

    private void WriteLocalHeader(CentralRecord record)
    {
        var streamed = (record.Flags & DataDescriptorFlag) != 0;
        var h = _header;
        Put32(h, 0, 0x04034b50);
        Put16(h, 4, VersionNeeded);
        Put16(h, 6, record.Flags);
        Put16(h, 8, record.Method);
        Put16(h, 10, DosTime);
        Put16(h, 12, DosDate);
        Put32(h, 14, streamed ? 0 : record.Crc);
        Put32(h, 18, streamed ? 0 : Narrow(record.CompressedLength));
        Put32(h, 22, streamed ? 0 : Narrow(record.Length));
        Put16(h, 26, (ushort)record.Name.Length);
        Put16(h, 28, 0);
        WriteRaw(h, 0, 30);
        WriteRaw(record.Name, 0, record.Name.Length);
    }

    private void WriteDataDescriptor(CentralRecord record)
    {
        var h = _header;
        Put32(h, 0, 0x08074b50);
        Put32(h, 4, record.Crc);
        Put32(h, 8, Narrow(record.CompressedLength));
        Put32(h, 12, Narrow(record.Length));
        WriteRaw(h, 0, 16);
    }

    private void WriteRaw(byte[] buffer, int offset, int count)
    {
        _output.Write(buffer, offset, count);
        _position += count;
    }

    /// <summary>What the central directory says about one entry.</summary>
    private sealed class CentralRecord
    {
        public CentralRecord(byte[] name, ushort flags, ushort method, long offset)
        {
            Name = name;
            Flags = flags;
            Method = method;
            Offset = offset;
        }

        public byte[] Name { get; }

        public ushort Flags { get; }

        public ushort Method { get; }

        public long Offset { get; }

        public uint Crc { get; set; }

        public long CompressedLength { get; set; }

        public long Length { get; set; }
    }

    /// <summary>The bytes of one entry: counted and checksummed, then deflated into the package.</summary>
    private sealed class EntryStream : WriteOnlyStream
    {
        private readonly ZipWriter _zip;
        private readonly CentralRecord _record;
        private readonly long _start;
        private readonly DeflateStream _deflate;
        private readonly System.IO.Hashing.Crc32 _crc = new();
        private bool _closed;

        public EntryStream(ZipWriter zip, CentralRecord record, CompressionLevel level)
        {
            _zip = zip;
            _record = record;
            _start = zip._position;
            _deflate = new DeflateStream(new CountingStream(zip), level, leaveOpen: true);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            _crc.Append(new System.ReadOnlySpan<byte>(buffer, offset, count));
            _record.Length += count;
            _deflate.Write(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_closed)
            {
                _closed = true;
                _deflate.Dispose();
                _record.Crc = _crc.GetCurrentHashAsUInt32();
                _record.CompressedLength = _zip._position - _start;
                _zip.WriteDataDescriptor(_record);
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>Passes the deflated bytes to the package, keeping its position.</summary>
    private sealed class CountingStream : WriteOnlyStream
    {
        private readonly ZipWriter _zip;

        public CountingStream(ZipWriter zip) => _zip = zip;

        public override void Write(byte[] buffer, int offset, int count) => _zip.WriteRaw(buffer, offset, count);

        public override void Flush() => _zip._output.Flush();
    }
}
