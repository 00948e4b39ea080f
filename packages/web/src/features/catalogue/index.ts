/** What other features use of the catalogue: the indicators of a year. */
export { catalogueKeys, fetchCatalogue, type Catalogue } from './api';
