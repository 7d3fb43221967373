using System;
using System.IO;

namespace Minutes.Addin.Tests;

/// <summary>A readable stream that hides its length, so HttpClient sends it chunked.</summary>
internal sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();
}
