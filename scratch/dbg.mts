import { nominative } from '/work/wt/extract/src/ingest/heads.ts';
for (const n of ['Fraunhofer-Instituts für Sichere Informationstechnologie', 'GSI Helmholtzzentrums für Schwerionenforschung', 'Landesrechenzentrums', 'Hessischen Ministeriums für Wissenschaft', 'Bundeswirtschaftsministeriums', 'Aufbaustabs FITKO']) console.log(n, '→', nominative(n));
