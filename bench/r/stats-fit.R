# One fit as a whole R process, the counterpart of one `motus stats ...` command (bench/stats-bench.sh times both).
# Usage: Rscript bench/r/stats-fit.R km|cox|cox-robust|lmm FILE.csv
# Each branch computes and prints what the matching motus command prints:
#   km          motus stats km  --csv patients.csv --time time --event event --group arm
#   cox         motus stats cox --csv patients.csv --time time --event event --covariates arm,age,onset_bulbar,delta_fs
#   cox-robust  the same with --robust
#   lmm         motus stats lmm --csv alsfrs.csv --response total --time months --group id --covariates arm --interaction
#               (motus reports Satterthwaite df and p-values, so R uses lmerTest's summary, as lmerTest::lmer does)
# R 4.2.2, survival 3.5-3, lme4 1.1-31, lmerTest 3.1-3, data.table 1.14.8 (fread: R's fastest CSV reader here).

args <- commandArgs(trailingOnly = TRUE)
fit <- args[1]
file <- args[2]
suppressPackageStartupMessages(library(data.table))
d <- fread(file, data.table = FALSE)

if (fit == "km") {
  suppressPackageStartupMessages(library(survival))
  print(survfit(Surv(time, event) ~ arm, data = d))
} else if (fit %in% c("cox", "cox-robust")) {
  suppressPackageStartupMessages(library(survival))
  m <- coxph(Surv(time, event) ~ arm + age + onset_bulbar + delta_fs, data = d, ties = "efron", robust = fit == "cox-robust")
  print(summary(m))
} else if (fit == "lmm") {
  suppressPackageStartupMessages(library(lmerTest))
  m <- lmer(total ~ months * arm + (months | id), data = d, REML = TRUE)
  print(summary(m))
} else {
  stop("usage: Rscript bench/r/stats-fit.R km|cox|cox-robust|lmm FILE.csv")
}
