using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Motus.Data.Auditing;
using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Patients;
using Motus.Domain.Safety;
using Motus.Domain.Studies;

namespace Motus.Data.Configuration;

/// <summary>
/// The EF Core model, shared by every provider. Enums are stored by name (readable in SQL and stable when members
/// are added); typed ids as GUIDs; each record's details as columns of its table (EF complex type, prefix
/// <c>Details_</c>).
/// </summary>
internal static class MotusModel
{
    public static void ConfigureConventions(ModelConfigurationBuilder b)
    {
        b.Properties<StudyId>().HaveConversion<StudyIdConverter>();
        b.Properties<SiteId>().HaveConversion<SiteIdConverter>();
        b.Properties<PatientId>().HaveConversion<PatientIdConverter>();
        b.Properties<CellProductId>().HaveConversion<CellProductIdConverter>();
        b.Properties<CtcaeGrade>().HaveConversion<CtcaeGradeConverter>();
        foreach (var enumType in typeof(Patient).Assembly.GetTypes().Where(t => t.IsEnum).Concat([typeof(AuditAction), typeof(AuditSource)]))
        {
            b.Properties(enumType).HaveConversion<string>().HaveMaxLength(60);
        }
    }

    public static void Configure(ModelBuilder m)
    {
        m.Entity<Study>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ProtocolId).IsUnique();
            e.HasMany(x => x.Arms).WithOne().HasForeignKey(a => a.StudyId);
            e.HasMany(x => x.VisitSchedule).WithOne().HasForeignKey(v => v.StudyId);
            e.Navigation(x => x.Arms).HasField("_arms").UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(x => x.VisitSchedule).HasField("_visits").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        m.Entity<StudyArm>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.StudyId, x.Code }).IsUnique();
        });
        m.Entity<PlannedVisit>().HasKey(x => x.Id);
        m.Entity<Site>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.StudyId, x.Code }).IsUnique();
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId);
        });
        m.Entity<Patient>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.StudyId, x.Code }).IsUnique();
            e.HasIndex(x => x.SiteId);
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId);
            e.HasOne<Site>().WithMany().HasForeignKey(x => x.SiteId);
            e.HasQueryFilter(x => x.DeletedAt == null);
        });
        m.Entity<CellProduct>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId);
            e.ComplexProperty(x => x.Details);
        });

        Record<AlsfrsAssessment, AlsfrsDetails>(m);
        Record<VitalCapacityTest, VitalCapacityDetails>(m);
        Record<StrengthMeasurement, StrengthDetails>(m);
        Record<VitalSigns, VitalSignsDetails>(m);
        Record<AlsaqAssessment, AlsaqDetails>(m, d => d.Property(x => x.Items).HasConversion(new AlsaqItemsConverter(), new AlsaqItemsComparer()));
        Record<BiomarkerResult, BiomarkerDetails>(m);
        Record<Administration, AdministrationDetails>(m);
        Record<AdverseEvent, AdverseEventDetails>(m);
        Record<ConcomitantMedication, MedicationDetails>(m);
        Record<ClinicalEvent, ClinicalEventDetails>(m);

        m.Entity<AuditEntry>(e =>
        {
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.HasIndex(x => x.PatientId);
            e.HasIndex(x => new { x.EntityType, x.EntityId });
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
        });

        // Nothing is ever hard-deleted, so no delete may cascade.
        foreach (var fk in m.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()))
        {
            fk.DeleteBehavior = DeleteBehavior.Restrict;
        }
    }

    private static void Record<TRecord, TDetails>(ModelBuilder m, Action<ComplexPropertyBuilder<TDetails>>? details = null)
        where TRecord : ClinicalRecord<TDetails>
        where TDetails : class, IRecordDetails
    {
        m.Entity<TRecord>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.PatientId);
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId);
            e.Ignore(x => x.Content);
            e.ComplexProperty(x => x.Details, d => details?.Invoke(d));
            e.HasQueryFilter(x => x.DeletedAt == null);
        });
    }

    private sealed class StudyIdConverter() : ValueConverter<StudyId, Guid>(v => v.Value, v => new StudyId(v));
    private sealed class SiteIdConverter() : ValueConverter<SiteId, Guid>(v => v.Value, v => new SiteId(v));
    private sealed class PatientIdConverter() : ValueConverter<PatientId, Guid>(v => v.Value, v => new PatientId(v));
    private sealed class CellProductIdConverter() : ValueConverter<CellProductId, Guid>(v => v.Value, v => new CellProductId(v));
    private sealed class CtcaeGradeConverter() : ValueConverter<CtcaeGrade, int>(v => v.Value, v => CtcaeGrade.From(v));
}
