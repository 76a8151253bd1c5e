import { Routes } from '@angular/router';
import { Connect } from './connect';
import { Elsewhere } from './elsewhere';

export const routes: Routes = [
  { path: '', component: Connect, title: 'Connect your bank' },
  { path: 'elsewhere', component: Elsewhere, title: 'Elsewhere' },
];
