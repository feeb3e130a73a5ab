global using Motus.Domain.Common;
global using Motus.Domain.Validation;
global using Motus.Testing;
