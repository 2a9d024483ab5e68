#pragma once
// The closing table of a run: test accuracy per day, mean ± SEM over runs (class sets x
// seeds) per condition, and each condition's paired difference against no replay.
#include <string>
#include <vector>

#include "runfolder/MetricsCsv.h"
#include "stats/Summary.h"

namespace replaylab {

struct ConditionSummary {
    std::string condition;
    std::vector<MeanSem> afterDay;     ///< index day-1; accuracy after each day
    std::vector<MeanSem> afterNight;   ///< empty for conditions without nights
    MeanSem best;                      ///< best-by-validation-loss checkpoint
    MeanSem meanOverDays;              ///< each run's mean over its days, then mean ± SEM
    bool hasBaseline = false;
    PairedDifference vsNoneFinal;      ///< last day, paired with "none"
    PairedDifference vsNoneMean;       ///< mean over days, paired with "none"
};

struct ResultTable {
    std::string split = "test";
    int days = 0;
    int runs = 0;                      ///< runs per condition (class sets x seeds), at most
    std::vector<ConditionSummary> conditions;
};

/// Builds the table from metrics rows (class "all" of the given split).
ResultTable summarise(const std::vector<MetricRow>& rows, const std::string& split = "test");

/// Plain-text table, percentages with one decimal.
std::string formatTable(const ResultTable& t);

}  // namespace replaylab
