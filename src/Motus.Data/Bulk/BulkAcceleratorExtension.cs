using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Motus.Data.Bulk;

/// <summary>Carries an <see cref="IBulkInsertAccelerator"/> in the context options (set by a provider project).</summary>
public sealed class BulkAcceleratorExtension : IDbContextOptionsExtension
{
    private BulkAcceleratorExtension(IBulkInsertAccelerator accelerator)
    {
        Accelerator = accelerator;
        Info = new ExtensionInfo(this);
    }

    /// <summary>The accelerator.</summary>
    public IBulkInsertAccelerator Accelerator { get; }

    /// <inheritdoc />
    public DbContextOptionsExtensionInfo Info { get; }

    /// <summary>Makes <see cref="MotusDbContext.InsertNewAsync"/> write through <paramref name="accelerator"/>.</summary>
    /// <param name="builder">The options being built.</param>
    /// <param name="accelerator">The provider's fast path.</param>
    public static DbContextOptionsBuilder<MotusDbContext> UseBulkAccelerator(DbContextOptionsBuilder<MotusDbContext> builder, IBulkInsertAccelerator accelerator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(accelerator);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new BulkAcceleratorExtension(accelerator));
        return builder;
    }

    /// <inheritdoc />
    public void ApplyServices(IServiceCollection services)
    {
        // No EF services: the accelerator is read from the options by MotusDbContext itself.
    }

    /// <inheritdoc />
    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "BulkAccelerator ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Motus:BulkAccelerator"] = ((BulkAcceleratorExtension)Extension).Accelerator.GetType().Name;
    }
}
