export { SearchForm } from './components/SearchForm';
export { SEARCH_PATH } from './paths';
