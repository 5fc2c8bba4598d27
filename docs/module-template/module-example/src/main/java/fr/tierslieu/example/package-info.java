/**
 * The module template (copy it with docs/module-template/new-module.sh): {@code ExampleModule} is its
 * plug into the core's contract.
 */
package fr.tierslieu.example;
