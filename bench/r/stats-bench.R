# The R side of the statistics benchmark (docs/benchmarks.md, "Statistics engine vs R").
# Usage: Rscript bench/r/stats-bench.R DIR [REPEATS=3] [OUT.json]
# DIR holds patients.csv and alsfrs.csv from `Motus.Bench generate-stats`. Times the same fits as
# `Motus.Bench stats-engine`, in process: reading the files is not timed; each fit runs once (warm-up, its result is
# kept), then at least REPEATS times (more while the timed runs total under 2 s, at most 50) with
# system.time(gcFirst = TRUE); the best elapsed time is kept, and the best CPU time (user + system). Writes JSON with the
# seconds per fit and the estimates that `Motus.Bench stats-report` compares with Motus's. Peak memory is measured
# outside, by /usr/bin/time -v around this Rscript process (bench/stats-bench.sh).
# R 4.2.2, survival 3.5-3, lme4 1.1-31, data.table 1.14.8, jsonlite 1.8.4.

suppressPackageStartupMessages({
  library(survival)
  library(lme4)
  library(jsonlite)
  library(data.table)
})

args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
repeats <- if (length(args) >= 2) as.integer(args[2]) else 3L
out <- if (length(args) >= 3) args[3] else ""

pat <- fread(file.path(dir, "patients.csv"), data.table = FALSE)
vis <- fread(file.path(dir, "alsfrs.csv"), data.table = FALSE)

timed <- function(f) {
  result <- f()
  best <- Inf
  cpu <- Inf
  # At least REPEATS runs, more while the timed runs have taken less than 2 s (at most 50): the same rule as
  # Motus.Bench stats-engine, so a short fit is not judged on a few runs that a loaded machine happened to interrupt.
  runs <- 0
  total <- 0
  while (runs < 50 && (runs < repeats || total < 2)) {
    st <- system.time(f(), gcFirst = TRUE)
    best <- min(best, st[["elapsed"]])
    cpu <- min(cpu, st[["user.self"]] + st[["sys.self"]])
    runs <- runs + 1
    total <- total + st[["elapsed"]]
  }
  list(result = result, seconds = best, cpu = cpu)
}

# Per-patient OLS slopes of total on months, vectorised (no per-patient lm): centred sums by id. A patient with one
# visit, or no spread in months (lm's aliasing rule, tolerance 1e-7), has no slope; with two visits no SE.
slopes <- function(id, t, y) {
  n <- as.vector(rowsum(rep(1, length(t)), id))
  k <- match(id, sort(unique(id)))
  tbar <- as.vector(rowsum(t, id)) / n
  ybar <- as.vector(rowsum(y, id)) / n
  dt <- t - tbar[k]
  dy <- y - ybar[k]
  stt <- as.vector(rowsum(dt * dt, id))
  sty <- as.vector(rowsum(dt * dy, id))
  ok <- n >= 2 & stt >= 1e-14 * (stt + n * tbar^2)
  slope <- ifelse(ok, sty / stt, NA_real_)
  # Residual sum of squares from the residuals themselves (syy - slope * sty would lose digits on exact fits).
  rss <- as.vector(rowsum((dy - slope[k] * dt)^2, id))
  se <- ifelse(ok & n > 2, sqrt(rss / (n - 2) / stt), NA_real_)
  list(slope = slope, se = se)
}

km <- timed(function() {
  list(fit = survfit(Surv(time, event) ~ arm, data = pat), lr = survdiff(Surv(time, event) ~ arm, data = pat))
})
cox <- timed(function() coxph(Surv(time, event) ~ arm + age + onset_bulbar + delta_fs, data = pat, ties = "efron"))
# One row per patient: robust = TRUE with id = id is the same sandwich as cluster(id) (Lin & Wei 1989).
cox_robust <- timed(function() {
  coxph(Surv(time, event) ~ arm + age + onset_bulbar + delta_fs, data = pat, ties = "efron", robust = TRUE, id = id)
})
lmm <- timed(function() lmer(total ~ months * arm + (months | id), data = vis, REML = TRUE))
sl <- timed(function() slopes(vis$id, vis$months, vis$total))

kmsum <- summary(km$result$fit, times = c(6, 12, 18), extend = TRUE)
vc <- VarCorr(lmm$result)$id
est <- list(
  km.median = unname(summary(km$result$fit)$table[, "median"]),
  km.surv = kmsum$surv,
  logrank.chisq = km$result$lr$chisq,
  cox.coef = unname(coef(cox$result)),
  cox.se = unname(sqrt(diag(vcov(cox$result)))),
  cox.loglik = cox$result$loglik[2],
  coxRobust.coef = unname(coef(cox_robust$result)),
  coxRobust.se = unname(sqrt(diag(vcov(cox_robust$result)))),
  coxRobust.loglik = cox_robust$result$loglik[2],
  lmm.beta = unname(fixef(lmm$result)),
  lmm.se = unname(sqrt(diag(as.matrix(vcov(lmm$result))))),
  lmm.sd = c(unname(attr(vc, "stddev")), attr(vc, "correlation")[1, 2], sigma(lmm$result)),
  lmm.reml = REMLcrit(lmm$result),
  slopes.slope = sl$result$slope,
  slopes.se = sl$result$se
)

report <- list(
  engine = "R",
  runtime = paste0(R.version.string, "; survival ", packageVersion("survival"), ", lme4 ", packageVersion("lme4")),
  n = nrow(pat), rows = nrow(vis), events = sum(pat$event), repeats = repeats,
  seconds = list(km = km$seconds, cox = cox$seconds, coxRobust = cox_robust$seconds, lmm = lmm$seconds, slopes = sl$seconds),
  cpuSeconds = list(km = km$cpu, cox = cox$cpu, coxRobust = cox_robust$cpu, lmm = lmm$cpu, slopes = sl$cpu),
  lmmMessages = lmm$result@optinfo$conv$lme4$messages,
  estimates = est
)
json <- toJSON(report, digits = NA, auto_unbox = TRUE, na = "null")
if (nzchar(out)) {
  writeLines(json, out)
  cat(sprintf("%s=%.3fs", names(report$seconds), unlist(report$seconds)), "\n")
} else {
  cat(json, "\n")
}
