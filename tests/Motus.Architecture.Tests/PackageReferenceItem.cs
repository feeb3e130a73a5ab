namespace Motus.Architecture.Tests;

/// <summary>A PackageReference; <paramref name="HasVersion"/> is true for a Version or VersionOverride on it.</summary>
public sealed record PackageReferenceItem(string Name, bool HasVersion);
