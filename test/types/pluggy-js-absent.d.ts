// Stands in for pluggy-js in the type tests (see tsconfig.json): a type that still came from
// pluggy-js would fail to import. Users of the package need not install it.
export {};
