-- AlterTable
ALTER TABLE "Village" ADD COLUMN     "codeNumber" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "codeNumber" SERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Village_codeNumber_key" ON "Village"("codeNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_codeNumber_key" ON "Pledge"("codeNumber");
