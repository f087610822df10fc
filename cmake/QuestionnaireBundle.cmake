# The shipped questionnaires, loaded at build time by the same loader and built into @target as
# the resource :/questionnaires/questionnaires.qbundle (QuestionnaireCache::setBundle), so that
# even the first start parses no YAML. A YAML file that differs from the one bundled (an update, a
# local edit) has another hash and is parsed. A cross build cannot run the tool; the app then
# parses at its first start, as before. @generator is MakeQuestionnaireBundle.cpp.
function(zelfscan_add_questionnaire_bundle target generator)
    if(CMAKE_CROSSCOMPILING)
        return()
    endif()
    add_executable(zelfscan_questionnaire_bundle ${generator})
    target_link_libraries(zelfscan_questionnaire_bundle PRIVATE zelfscan_core zelfscan_options zelfscan_product_options)
    file(GLOB yaml_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/questionnaires/*.yaml)
    set(bundle_dir ${CMAKE_CURRENT_BINARY_DIR}/questionnaire-bundle)
    set(bundle ${bundle_dir}/questionnaires.qbundle)
    add_custom_command(OUTPUT ${bundle}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${bundle_dir}
        COMMAND zelfscan_questionnaire_bundle ${PROJECT_SOURCE_DIR}/questionnaires ${bundle}
        DEPENDS zelfscan_questionnaire_bundle ${yaml_files}
        COMMENT "Bundling the shipped questionnaires for the app's start-up")
    set_source_files_properties(${bundle} PROPERTIES GENERATED TRUE)
    # Not compressed: the app maps it and reads only the entries it needs, instead of unpacking it
    # all on each of the threads that load the questionnaires.
    qt_add_resources(${target} "questionnaire_bundle" PREFIX "/questionnaires" BASE ${bundle_dir}
        FILES ${bundle} OPTIONS --no-compress)
endfunction()
