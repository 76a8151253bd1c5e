import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-elsewhere',
  imports: [RouterLink],
  template: '<a routerLink="/">Connect your bank</a>',
})
export class Elsewhere {}
