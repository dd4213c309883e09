import type { StrandEntity } from '../entities/strand.entity';
import type { WorkforceGroupEntity } from '../entities/workforce-group.entity';
import type { CompetencyRow, ResourceWithCompetencies } from '../framework-admin.service';
import type { Competency, FrameworkGroup, LearningResource, Strand } from './framework.model';

export const toStrand = (e: StrandEntity): Strand => ({
  id: e.id,
  name: e.name,
  description: e.description,
  position: e.position,
});

export const toFrameworkGroup = (e: WorkforceGroupEntity, isViewersGroup = false): FrameworkGroup => ({
  id: e.id,
  name: e.name,
  description: e.description,
  position: e.position,
  profileGroup: e.profileGroup,
  openToPublic: e.openToPublic,
  isViewersGroup,
});

export const toCompetency = (r: CompetencyRow): Competency => ({
  id: r.id,
  statement: r.statement,
  kind: r.kind,
  position: r.position,
  strandId: r.strand_id,
  strandName: r.strand_name,
  workforceGroupId: r.workforce_group_id,
  workforceGroupName: r.group_name,
  resourceCount: r.resource_count,
  viewerConfidence: r.viewer_confidence === null ? null : Number(r.viewer_confidence),
});

export const toLearningResource = ({ resource, competencies }: ResourceWithCompetencies): LearningResource => ({
  id: resource.id,
  kind: resource.kind,
  title: resource.title,
  description: resource.description,
  url: resource.url,
  moduleId: resource.moduleId,
  competencies,
});
