export {
  DEMO_AGENCY,
  DEMO_PROFILES,
  DEMO_PROFILE_WEIGHTS,
  generateDemoCaseload,
  type DemoAgency,
  type DemoCounsellor,
  type DemoOptions,
  type DemoProfile,
  type DemoSeeker,
  type DemoTeam,
} from './generate';
