// The plan's views (issue 15), for the plan tab: the Gantt chart, the network diagram and the
// resource view, each drawn from the plan's analysis.
export { GanttView } from './GanttView';
export { NetworkDiagram } from './NetworkDiagram';
export { ResourceView } from './ResourceView';
