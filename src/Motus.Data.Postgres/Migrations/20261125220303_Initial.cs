using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Motus.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EntityType = table.Column<string>(type: "text", nullable: false),
                    EntityId = table.Column<string>(type: "text", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: true),
                    Field = table.Column<string>(type: "text", nullable: true),
                    OldValue = table.Column<string>(type: "text", nullable: true),
                    NewValue = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Studies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ProtocolId = table.Column<string>(type: "text", nullable: false),
                    DateShiftAnchor = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Studies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CellProducts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_DonorPatientId = table.Column<Guid>(type: "uuid", nullable: true),
                    Details_Lot = table.Column<string>(type: "text", nullable: false),
                    Details_Name = table.Column<string>(type: "text", nullable: false),
                    Details_Origin = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_ReleaseDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Details_Source = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_ViabilityPercent = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CellProducts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CellProducts_Studies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlannedVisit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    WindowBefore = table.Column<int>(type: "integer", nullable: false),
                    WindowAfter = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedVisit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedVisit_Studies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Country = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sites_Studies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudyArm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyArm", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudyArm_Studies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Sex = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    YearOfBirth = table.Column<int>(type: "integer", nullable: true),
                    OnsetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OnsetRegion = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DiagnosisDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DiagnosticCategory = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Genetics = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Ftd = table.Column<bool>(type: "boolean", nullable: true),
                    FamilyHistory = table.Column<bool>(type: "boolean", nullable: true),
                    ArmCode = table.Column<string>(type: "text", nullable: true),
                    ConsentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EnrolmentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RiluzoleAtBaseline = table.Column<bool>(type: "boolean", nullable: true),
                    RiluzoleReportDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Patients_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Patients_Studies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Administrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_CellProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_DoseAmount = table.Column<double>(type: "double precision", nullable: false),
                    Details_DoseNumber = table.Column<int>(type: "integer", nullable: false),
                    Details_DoseUnit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_ProcedureNotes = table.Column<string>(type: "text", nullable: true),
                    Details_Route = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Administrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Administrations_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdverseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_AdministrationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Details_Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Expectedness = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Grade = table.Column<int>(type: "integer", nullable: true),
                    Details_MeddraPreferredTerm = table.Column<string>(type: "text", nullable: true),
                    Details_MeddraSystemOrganClass = table.Column<string>(type: "text", nullable: true),
                    Details_OnsetDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_Outcome = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_RelatednessToProcedure = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_RelatednessToProduct = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_ResolutionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Details_Serious = table.Column<bool>(type: "boolean", nullable: false),
                    Details_SeriousCriteria = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_VerbatimTerm = table.Column<string>(type: "text", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdverseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdverseEvents_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Alsaq",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_Form = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Items = table.Column<string>(type: "text", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alsaq", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Alsaq_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Alsfrs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_Gastrostomy = table.Column<bool>(type: "boolean", nullable: true),
                    Details_Mode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Q10Respiratory = table.Column<int>(type: "integer", nullable: true),
                    Details_Q1Speech = table.Column<int>(type: "integer", nullable: true),
                    Details_Q2Salivation = table.Column<int>(type: "integer", nullable: true),
                    Details_Q3Swallowing = table.Column<int>(type: "integer", nullable: true),
                    Details_Q4Handwriting = table.Column<int>(type: "integer", nullable: true),
                    Details_Q5aCutting = table.Column<int>(type: "integer", nullable: true),
                    Details_Q5bCuttingGastrostomy = table.Column<int>(type: "integer", nullable: true),
                    Details_Q6Dressing = table.Column<int>(type: "integer", nullable: true),
                    Details_Q7Turning = table.Column<int>(type: "integer", nullable: true),
                    Details_Q8Walking = table.Column<int>(type: "integer", nullable: true),
                    Details_Q9Stairs = table.Column<int>(type: "integer", nullable: true),
                    Details_R1Dyspnea = table.Column<int>(type: "integer", nullable: true),
                    Details_R2Orthopnea = table.Column<int>(type: "integer", nullable: true),
                    Details_R3RespiratoryInsufficiency = table.Column<int>(type: "integer", nullable: true),
                    Details_Rater = table.Column<string>(type: "text", nullable: true),
                    Details_RecordedTotal = table.Column<int>(type: "integer", nullable: true),
                    Details_Respondent = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Scale = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alsfrs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Alsfrs_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Biomarkers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_Analyte = table.Column<string>(type: "text", nullable: false),
                    Details_Assay = table.Column<string>(type: "text", nullable: true),
                    Details_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_Matrix = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Unit = table.Column<string>(type: "text", nullable: false),
                    Details_Value = table.Column<double>(type: "double precision", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Biomarkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Biomarkers_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_Cause = table.Column<string>(type: "text", nullable: true),
                    Details_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Details_HoursPerDay = table.Column<double>(type: "double precision", nullable: true),
                    Details_Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Notes = table.Column<string>(type: "text", nullable: true),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Medications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_Dose = table.Column<string>(type: "text", nullable: true),
                    Details_Frequency = table.Column<string>(type: "text", nullable: true),
                    Details_Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Name = table.Column<string>(type: "text", nullable: false),
                    Details_Route = table.Column<string>(type: "text", nullable: true),
                    Details_StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Details_StopDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Details_Unit = table.Column<string>(type: "text", nullable: true),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Medications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Medications_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Strength",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_Method = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_MuscleGroup = table.Column<string>(type: "text", nullable: false),
                    Details_Side = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_Value = table.Column<double>(type: "double precision", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strength", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Strength_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VitalCapacity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Details_PredictedLitres = table.Column<double>(type: "double precision", nullable: true),
                    Details_Trial1Litres = table.Column<double>(type: "double precision", nullable: true),
                    Details_Trial1Percent = table.Column<double>(type: "double precision", nullable: true),
                    Details_Trial2Litres = table.Column<double>(type: "double precision", nullable: true),
                    Details_Trial2Percent = table.Column<double>(type: "double precision", nullable: true),
                    Details_Trial3Litres = table.Column<double>(type: "double precision", nullable: true),
                    Details_Trial3Percent = table.Column<double>(type: "double precision", nullable: true),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VitalCapacity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VitalCapacity_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VitalSigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Details_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_HeightCm = table.Column<double>(type: "double precision", nullable: true),
                    Details_WeightKg = table.Column<double>(type: "double precision", nullable: true),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VitalSigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VitalSigns_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Administrations_PatientId",
                table: "Administrations",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_AdverseEvents_PatientId",
                table: "AdverseEvents",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Alsaq_PatientId",
                table: "Alsaq",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Alsfrs_PatientId",
                table: "Alsfrs",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PatientId",
                table: "AuditEntries",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Biomarkers_PatientId",
                table: "Biomarkers",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_CellProducts_StudyId",
                table: "CellProducts",
                column: "StudyId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_PatientId",
                table: "Events",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Medications_PatientId",
                table: "Medications",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_SiteId",
                table: "Patients",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_StudyId_Code",
                table: "Patients",
                columns: new[] { "StudyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlannedVisit_StudyId",
                table: "PlannedVisit",
                column: "StudyId");

            migrationBuilder.CreateIndex(
                name: "IX_Sites_StudyId_Code",
                table: "Sites",
                columns: new[] { "StudyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Strength_PatientId",
                table: "Strength",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Studies_ProtocolId",
                table: "Studies",
                column: "ProtocolId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudyArm_StudyId_Code",
                table: "StudyArm",
                columns: new[] { "StudyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VitalCapacity_PatientId",
                table: "VitalCapacity",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_VitalSigns_PatientId",
                table: "VitalSigns",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Administrations");

            migrationBuilder.DropTable(
                name: "AdverseEvents");

            migrationBuilder.DropTable(
                name: "Alsaq");

            migrationBuilder.DropTable(
                name: "Alsfrs");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Biomarkers");

            migrationBuilder.DropTable(
                name: "CellProducts");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "Medications");

            migrationBuilder.DropTable(
                name: "PlannedVisit");

            migrationBuilder.DropTable(
                name: "Strength");

            migrationBuilder.DropTable(
                name: "StudyArm");

            migrationBuilder.DropTable(
                name: "VitalCapacity");

            migrationBuilder.DropTable(
                name: "VitalSigns");

            migrationBuilder.DropTable(
                name: "Patients");

            migrationBuilder.DropTable(
                name: "Sites");

            migrationBuilder.DropTable(
                name: "Studies");
        }
    }
}
