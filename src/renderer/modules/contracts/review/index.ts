// The contract's review and signing parts for the editor page (issue 13). Their texts are the
// bundle `contractReviewMessages` in ./messages, which the contracts module's manifest lists.
export { ContractReviewBar } from './ContractReviewBar';
export { RevisionsTab } from './RevisionsTab';
