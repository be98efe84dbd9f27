-- CreateIndex
CREATE INDEX "EvidenceFile_progressUpdateId_idx" ON "EvidenceFile"("progressUpdateId");

-- CreateIndex
CREATE INDEX "PaperTally_pledgeId_idx" ON "PaperTally"("pledgeId");
