using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Proact.Reading;

/// <summary>A form file found in the folder.</summary>
internal sealed record LocatedFile(FormSchema Schema, string Path, string Name, long Length);
