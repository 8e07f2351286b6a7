// Azure Static Web Apps for the built app (dist/). Its security headers come from dist/staticwebapp.config.json,
// generated from hosting/headers.json (scripts/hosting-config.ts) and copied into the build by webpack.
@maxLength(40)
@minLength(4)
param resourceBaseName string

@allowed([ 'Free', 'Standard' ])
param staticWebAppSku string = 'Free'

// Static Web Apps is offered in a few regions only; West Europe keeps the (static, data-free) site in the EU.
param location string = 'westeurope'

resource swa 'Microsoft.Web/staticSites@2022-09-01' = {
  name: resourceBaseName
  location: location
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {}
}

var siteDomain = swa.properties.defaultHostname

// Written to env/.env.<name> by the toolkit's arm/deploy (https://aka.ms/teamsfx-actions/arm-deploy).
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = swa.id
output TAB_DOMAIN string = siteDomain
output TAB_ENDPOINT string = 'https://${siteDomain}'
